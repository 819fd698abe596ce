package id.alurkerja.org;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface KabupatenRepository extends ListCrudRepository<Kabupaten, Long> {

	Optional<Kabupaten> findByName(String name);

}

interface UnitRepository extends ListCrudRepository<Unit, Long> {

	List<Unit> findByKabupatenIdOrderByName(Long kabupatenId);

	Optional<Unit> findByIdAndKabupatenId(Long id, Long kabupatenId);

	Optional<Unit> findByKabupatenIdAndName(Long kabupatenId, String name);

}

interface PositionRepository extends ListCrudRepository<Position, Long> {

	List<Position> findByKabupatenIdOrderByRankAscTitleAsc(Long kabupatenId);

	List<Position> findByUnitIdOrderByRankAscTitleAsc(Long unitId);

	Optional<Position> findByKabupatenIdAndCode(Long kabupatenId, String code);

	Optional<Position> findByIdAndKabupatenId(Long id, Long kabupatenId);

}

interface PersonRepository extends ListCrudRepository<Person, Long> {

	List<Person> findByKabupatenIdOrderByName(Long kabupatenId);

	Optional<Person> findByIdAndKabupatenId(Long id, Long kabupatenId);

}

interface UserAccountRepository extends ListCrudRepository<UserAccount, Long> {

	@Query("select a from UserAccount a where lower(a.username) = lower(?1)")
	Optional<UserAccount> findByUsername(String username);

	Optional<UserAccount> findByPersonId(Long personId);

	List<UserAccount> findByPersonIdIn(Collection<Long> personIds);

}

interface PositionAssignmentRepository extends ListCrudRepository<PositionAssignment, Long> {

	List<PositionAssignment> findByPersonIdOrderByStartDateDesc(Long personId);

	List<PositionAssignment> findByPositionIdIn(Collection<Long> positionIds);

	List<PositionAssignment> findByKabupatenIdOrderByStartDateDesc(Long kabupatenId);

	Optional<PositionAssignment> findByIdAndKabupatenId(Long id, Long kabupatenId);

}
